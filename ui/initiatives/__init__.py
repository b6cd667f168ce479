"""The initiatives page: the register, the TT 18/2013 form, review and recognition."""
