"""Days: Italian time expressions against an article's publication day (dates.py), and the days
of meetings that other reports of the same meeting give (meetings.py)."""
