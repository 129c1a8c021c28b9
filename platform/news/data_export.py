"""The person's part of the wall in their data download (users.hooks)."""


def news_wall_section(user) -> dict:
    from news.selectors import wall_items_of

    return {
        "show_on_wall": user.show_on_wall,
        "items": [
            {
                "kind": item.kind,
                "titles": item.titles,
                "links": item.urls,
                "created_at": item.created_at.isoformat(),
            }
            for item in wall_items_of(user)
        ],
    }
