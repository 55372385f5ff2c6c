"""The Qt desktop app: a thin layer over tracker.store, tracker.reports and tracker.exchange."""
