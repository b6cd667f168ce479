"""Cài đặt › Nhật ký thay đổi: browse, filter and export the audit log."""
