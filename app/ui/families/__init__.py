"""Households and persons: lists, pages, forms, consent."""
