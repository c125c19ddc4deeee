"""Referrals to the Junta and other institutions, and their steps."""
