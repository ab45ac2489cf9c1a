"""The default acceptance suite (installed as ``asksafe.suite``)."""
