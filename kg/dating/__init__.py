"""Days: Italian time expressions against an article's publication day (dates.py, the entry point, with
time_words.py, time_patterns.py, expressions.py and calendar_arithmetic.py), and the days of meetings
that other reports of the same meeting give (meetings.py)."""
