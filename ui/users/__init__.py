"""Sign-in, and Cài đặt › Người dùng."""
