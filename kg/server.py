"""A local Neo4j 5.26 community server without Docker: install, start, stop, status.

The server's jars come from Maven Central (neo4j-server/pom.xml) into <project>/.neo4j/lib, and
`java` runs org.neo4j.server.CommunityEntryPoint on them, as the `neo4j` launcher would.
Users with Docker can run `docker compose up -d` instead: same version, same ports, no auth unless
asked for. With a password (NEO4J_PASSWORD), the server runs with authentication on, and the first
start sets the user neo4j's password to it.
"""
from __future__ import annotations

import fcntl
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import neo4j
from neo4j import GraphDatabase

PROJECT_ROOT = Path(__file__).resolve().parent.parent
POM = PROJECT_ROOT / "neo4j-server" / "pom.xml"
VERSION = "5.26.30"  # keep in step with neo4j-server/pom.xml and docker-compose.yml
MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint"
USER = "neo4j"               # the one user of a community server
FIRST_PASSWORD = "neo4j"     # a new server's, which must be changed before any other use
MIN_PASSWORD_CHARS = 8       # the server's dbms.security.auth_minimum_password_length
LOG_TAIL_LINES = 20

# The server.jvm.additional flags of the stock 5.26 neo4j.conf (the launcher reads them from
# there; we run java ourselves). -XX:+AlwaysPreTouch is left out: it commits the whole heap
# up front, unkind on a shared machine.
JVM_FLAGS = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "-XX:FlightRecorderOptions=stackdepth=256",
    "-XX:+UnlockDiagnosticVMOptions",
    "-XX:+DebugNonSafepoints",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dlog4j.layout.jsonTemplate.maxStringLength=32768",
    "-Dfile.encoding=UTF-8",  # the launcher adds it; without it a C locale means ASCII
)


class ServerError(Exception):
    """The local server could not be installed, started or stopped; the message says why."""


@dataclass(frozen=True)
class ServerConfig:
    home: Path = PROJECT_ROOT / ".neo4j"
    bolt_port: int = 7687
    http_port: int = 7474
    heap: str = "512m"
    pagecache: str = "128m"
    version: str = VERSION
    # Authentication on when set: user neo4j with this password. Never printed (repr=False).
    password: str | None = field(default=None, repr=False)

    @property
    def bolt_uri(self) -> str:
        return f"bolt://localhost:{self.bolt_port}"

    @property
    def http_url(self) -> str:
        return f"http://localhost:{self.http_port}/"

    @property
    def browser_url(self) -> str:
        """Neo4j Browser with its connect form filled in: this server's Bolt URL and "No authentication".
        With both given, the Browser connects by itself (its connectURL and preselectAuthMethod parameters)."""
        if self.password:       # the form asks for the password; the link never holds it
            return f"{self.http_url}browser/?connectURL={self.bolt_uri}&preselectAuthMethod=BASIC&username={USER}"
        return f"{self.http_url}browser/?connectURL={self.bolt_uri}&preselectAuthMethod=NO_AUTH"

    @property
    def auth(self) -> tuple[str, str] | None:
        return (USER, self.password) if self.password else None

    @property
    def pid_file(self) -> Path:
        return self.home / "run" / "neo4j.pid"  # the server writes the same file itself


@dataclass(frozen=True)
class StartInfo:
    pid: int | None   # None: a server kg did not start (Docker?) already answers on the Bolt port
    seconds: float
    started: bool     # False when a server was already running
    message: str = field(default="", compare=False)


@dataclass(frozen=True)
class Status:
    running: bool     # kg's own server process is alive
    pid: int | None
    bolt_uri: str
    http_url: str
    answering: bool   # something answers `RETURN 1` on bolt_uri (kg's server or another)


def neo4j_conf(cfg: ServerConfig) -> str:
    """The text of home/conf/neo4j.conf."""
    home = cfg.home.resolve()
    return "\n".join([
        "# Written by kg/server.py on every install; edit ServerConfig instead.",
        "server.default_listen_address=127.0.0.1",
        f"server.bolt.listen_address=:{cfg.bolt_port}",
        f"server.http.listen_address=:{cfg.http_port}",
        # Advertised to clients for routing: without them a second server sends neo4j:// clients to 7687.
        f"server.bolt.advertised_address=:{cfg.bolt_port}",
        f"server.http.advertised_address=:{cfg.http_port}",
        "server.https.enabled=false",
        f"dbms.security.auth_enabled={'true' if cfg.password else 'false'}",
        f"server.directories.data={home / 'data'}",
        f"server.directories.logs={home / 'logs'}",
        f"server.directories.run={home / 'run'}",
        # The heap is set by -Xms/-Xmx on the java command line.
        f"server.memory.pagecache.size={cfg.pagecache}",
        "dbms.usage_report.enabled=false",
        # Bolt waits this many seconds (default 5), twice, for quiet before it stops.
        "internal.dbms.bolt.netty_server_shutdown_quiet_period=0",
        "",
    ])


def installed(cfg: ServerConfig) -> bool:
    return (cfg.home / "lib" / f"neo4j-{cfg.version}.jar").exists()


def install(cfg: ServerConfig) -> bool:
    """Get the server's jars (once, with Maven) and write its config. Return whether it downloaded."""
    lib = cfg.home / "lib"
    with _lock(cfg):
        downloaded = not installed(cfg)
        if downloaded:
            _download_jars(cfg, lib)
        (cfg.home / "conf").mkdir(parents=True, exist_ok=True)
        (cfg.home / "conf" / "neo4j.conf").write_text(neo4j_conf(cfg), encoding="utf-8")
    return downloaded


def start(cfg: ServerConfig, timeout: float = 120) -> StartInfo:
    """Start the server in the background, or reuse one that already answers; wait until it does."""
    t0 = time.monotonic()
    if cfg.password is not None and len(cfg.password) < MIN_PASSWORD_CHARS:
        raise ServerError(f"NEO4J_PASSWORD is too short: Neo4j wants {MIN_PASSWORD_CHARS} characters or more")
    with _lock(cfg):
        pid = _server_pid(cfg)
        if pid is None and _port_open(cfg.bolt_port):
            return StartInfo(None, 0.0, False,
                             f"A Neo4j not started by kg already answers at {cfg.bolt_uri}; using it.")
        started = pid is None
        log_from = _size(cfg.home / "logs" / "neo4j.log") if started else 0  # this start's lines only
        if started:
            pid = _launch(cfg)
        _wait_until_answering(cfg, pid, deadline=t0 + timeout, log_from=log_from)
    seconds = round(time.monotonic() - t0, 1)
    if started:
        return StartInfo(pid, seconds, True,
                         f"Started Neo4j {cfg.version} (pid {pid}) at {cfg.bolt_uri} in {seconds}s.")
    return StartInfo(pid, seconds, False, f"Neo4j is already running (pid {pid}) at {cfg.bolt_uri}.")


def stop(cfg: ServerConfig, timeout: float = 60) -> bool:
    """Stop kg's server: SIGTERM, then SIGKILL after timeout. Return whether one was running."""
    pid = _server_pid(cfg)
    if pid is not None:
        os.kill(pid, signal.SIGTERM)
        if not _wait_for_exit(pid, timeout):
            os.kill(pid, signal.SIGKILL)
            if not _wait_for_exit(pid, 10):
                raise ServerError(f"Neo4j (pid {pid}) survived SIGKILL")
    cfg.pid_file.unlink(missing_ok=True)
    return pid is not None


def status(cfg: ServerConfig) -> Status:
    pid = _server_pid(cfg)
    answering = _bolt_answers(cfg.bolt_uri, cfg.auth) if cfg.password else _bolt_answers(cfg.bolt_uri)
    return Status(pid is not None, pid, cfg.bolt_uri, cfg.http_url, answering)


# --- helpers ---------------------------------------------------------------------------

def _require(tool: str, what_to_install: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise ServerError(f"`{tool}` not found on PATH: install {what_to_install}, "
                          "or run Neo4j with Docker (`docker compose up -d`)")
    return path


def _download_jars(cfg: ServerConfig, lib: Path) -> None:
    mvn = _require("mvn", "Maven 3.8+ (e.g. `apt-get install maven`); it downloads Neo4j's jars once")
    _require("java", "a Java 17 or 21 JDK (e.g. `apt-get install openjdk-17-jdk-headless`)")
    # Into a side folder first, so an interrupted download never looks like an install.
    partial = lib.with_name("lib.partial")
    shutil.rmtree(partial, ignore_errors=True)
    cmd = [mvn, "-q", "-B", "-f", str(POM), "dependency:copy-dependencies",
           f"-Dneo4j.lib={partial.resolve()}", f"-Dneo4j.version={cfg.version}"]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).splitlines()[-LOG_TAIL_LINES:])
        raise ServerError(f"Maven could not download Neo4j {cfg.version} (`{' '.join(cmd)}`):\n{tail}")
    shutil.rmtree(lib, ignore_errors=True)  # jars of another version, if any
    partial.rename(lib)


def _launch(cfg: ServerConfig) -> int:
    java = _require("java", "a Java 17 or 21 JRE (e.g. `apt-get install openjdk-17-jre-headless`)")
    home = cfg.home.resolve()
    if not (home / "lib" / f"neo4j-{cfg.version}.jar").exists():
        raise ServerError(f"Neo4j {cfg.version} is not installed in {home}: run install() first")
    for d in ("logs", "run"):
        (home / d).mkdir(parents=True, exist_ok=True)
    argv = [java, f"-Xms{cfg.heap}", f"-Xmx{cfg.heap}", *JVM_FLAGS, "-cp", f"{home / 'lib'}/*",
            MAIN_CLASS, f"--home-dir={home}", f"--config-dir={home / 'conf'}"]
    # posix_spawn rather than Popen: the server must outlive us, and a Popen object warns
    # ("subprocess is still running") when garbage-collected. setsid: Ctrl-C here doesn't reach it.
    pid = os.posix_spawn(java, argv, os.environ, setsid=True, file_actions=[
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, str(home / "logs" / "console.log"),
         os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
        (os.POSIX_SPAWN_DUP2, 1, 2),
    ])
    cfg.pid_file.write_text(f"{pid}\n")
    return pid


def _wait_until_answering(cfg: ServerConfig, pid: int, deadline: float, log_from: int) -> None:
    # Bolt answers a second or two before HTTP is up, and the Browser is on HTTP. With authentication,
    # the login is tried once both are up: failed logins in a row lock the user out for a while.
    while not (_port_open(cfg.bolt_port) and _http_answers(cfg.http_url) and
               (cfg.password is None or _login_works(cfg)) and _bolt_answers(cfg.bolt_uri, cfg.auth)):
        if not _alive(pid):
            cfg.pid_file.unlink(missing_ok=True)
            raise ServerError(f"Neo4j (pid {pid}) exited during startup. {_log_tail(cfg, log_from)}")
        if time.monotonic() > deadline:
            raise ServerError(f"Neo4j (pid {pid}) did not answer at {cfg.bolt_uri} and {cfg.http_url} in "
                              f"time and is still running: stop() stops it. {_log_tail(cfg, log_from)}")
        time.sleep(0.5)


def _login_works(cfg: ServerConfig) -> bool:
    """Log in with the password; on a new server, whose password is still the first one, set it first.
    A server that refuses both has another password: one error, never the password."""
    try:
        with GraphDatabase.driver(cfg.bolt_uri, auth=cfg.auth, connection_timeout=2) as driver:
            driver.verify_connectivity()
        return True
    except neo4j.exceptions.AuthError:
        pass
    except (neo4j.exceptions.DriverError, neo4j.exceptions.Neo4jError, OSError):
        return False                    # not up yet
    try:
        with GraphDatabase.driver(cfg.bolt_uri, auth=(USER, FIRST_PASSWORD), connection_timeout=2) as driver:
            with driver.session(database="system") as session:
                session.run("ALTER CURRENT USER SET PASSWORD FROM $old TO $new", old=FIRST_PASSWORD,
                            new=cfg.password).consume()
        return True
    except neo4j.exceptions.AuthError as e:
        raise ServerError(f"Neo4j in {cfg.home} refused the login of {USER} with NEO4J_PASSWORD: its password was "
                          f"set to another one before ({e.code or 'AuthError'})") from None


def _port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


def _bolt_answers(uri: str, auth: tuple[str, str] | None = None) -> bool:
    """Whether `RETURN 1` works at uri, with these credentials or none."""
    try:
        with GraphDatabase.driver(uri, auth=auth, connection_timeout=2,
                                  connection_acquisition_timeout=5) as driver:
            driver.verify_connectivity()
            with driver.session() as session:  # not execute_query: it retries for up to 30s
                return session.run("RETURN 1 AS one").single()["one"] == 1
    except (neo4j.exceptions.DriverError, neo4j.exceptions.Neo4jError, OSError):
        return False  # not up yet, not Neo4j, or a Neo4j that wants a password


def _http_answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:  # URLError and HTTPError are OSErrors
        return False


def _server_pid(cfg: ServerConfig) -> int | None:
    """The pid in the pid file if that process is alive and is this home's Neo4j (pids get reused)."""
    try:
        pid = int(cfg.pid_file.read_text().strip())
    except (FileNotFoundError, ValueError):
        return None
    if not _alive(pid):
        return None
    cmdline = _cmdline(pid)
    return pid if MAIN_CLASS in cmdline and f"--home-dir={cfg.home.resolve()}" in cmdline else None


def _cmdline(pid: int) -> str:
    proc = Path(f"/proc/{pid}/cmdline")
    if proc.exists():
        return proc.read_bytes().replace(b"\0", b" ").decode(errors="replace")
    return subprocess.run(["ps", "-o", "args=", "-p", str(pid)], capture_output=True, text=True).stdout


def _alive(pid: int) -> bool:
    try:  # reap it if it is our exited child, or os.kill would still find the zombie
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _wait_for_exit(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while _alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def _log_tail(cfg: ServerConfig, log_from: int) -> str:
    """The last lines this start wrote, without stack frames: console.log (one launch's
    stdout) has the JVM's errors, neo4j.log from byte log_from the server's own."""
    logs = cfg.home / "logs"
    text = ""
    if (logs / "console.log").exists():
        text = (logs / "console.log").read_text(encoding="utf-8", errors="replace")
    if (logs / "neo4j.log").exists():
        with open(logs / "neo4j.log", "rb") as f:
            f.seek(log_from)
            text += f.read().decode("utf-8", errors="replace")
    lines = [line for line in text.splitlines() if _informative(line)]
    tail = "\n".join(lines[-LOG_TAIL_LINES:]) or "(nothing logged)"
    return f"Last lines of {logs}:\n{tail}"


def _size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def _informative(line: str) -> bool:
    text = line.strip()  # the server also writes a lone control character to stdout
    return bool(text) and text.isprintable() and not text.startswith(("at ", "... "))


@contextmanager
def _lock(cfg: ServerConfig):
    """One install or start at a time per home, across processes (parallel test runs)."""
    cfg.home.mkdir(parents=True, exist_ok=True)
    with open(cfg.home / ".lock", "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        yield
