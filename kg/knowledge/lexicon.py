"""Italian words kg reads the same way in every stage."""
# Articles and prepositions, which tell no role from another (spaCy's stop words would also drop
# "ministro", "stato" and "generale").
FUNCTION_WORDS = frozenset("""il lo la i gli le l' un uno una un' di d' del dello della dei degli delle dell' a al allo
alla ai agli alle all' da dal dallo dalla dai dagli dalle dall' in nel nello nella nei negli nelle nell' con col coi
su sul sullo sulla sui sugli sulle sull' per tra fra e ed""".split())
