"""Django's Redis cache, with one client object per connection pool.

Django's client builds a new ``redis.Redis`` for every cache call, about
0.2 ms each (redis-py sets up its response callbacks in the constructor):
more than the call itself, and a page served from the page cache makes two.
A ``redis.Redis`` is safe to share between threads (connections come from its
pool), so one per pool serves them all.
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class SharedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class SharedClientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient
