"""Writes of mentoring, by topic: profiles, requests, mentorships, cohorts."""
