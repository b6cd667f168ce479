"""Realistic, reproducible demo data of Sở Công Thương Quảng Ngãi (and bench datasets)."""

from tdkt.demo.generator import DemoSummary, generate_demo

__all__ = ["DemoSummary", "generate_demo"]
