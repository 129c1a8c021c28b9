"""Sellers: opening a shop, trader details (DSA art. 30), storefronts, inquiries."""
