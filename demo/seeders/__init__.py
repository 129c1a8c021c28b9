"""One seeder per part of the demo, registered in demo/wagtail_hooks.py."""
