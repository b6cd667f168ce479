"""Cài đặt › Sao lưu và khôi phục, and the start-up integrity dialog."""
