"""What kg knows before it reads an article: names and transliteration, places, public figures,
venues, the Italian lexicon. Every table comes from kg/data (sources in each file's header)."""
