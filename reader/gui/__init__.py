"""The Qt window on top of the core: panes in their own modules, wired together by mainwindow.py."""
