// replaced by test support sources
