def catalogue_context(request, page):
    return {}
