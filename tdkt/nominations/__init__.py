"""Nomination batches (đợt đề nghị) and their lines: who is proposed for which title."""
