"""The sellers' workspace under /<lang>/shop/my-shop/: every seller task, in Rumbo's look.

Oscar's models, strategy and stock records stay underneath; these pages are a
different face on the same data. Oscar's dashboard is the staff back office.
"""
