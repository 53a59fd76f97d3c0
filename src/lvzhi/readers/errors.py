class Unreadable(ValueError):
    """A file that is not a readable document; the message is the reason recorded for it."""
