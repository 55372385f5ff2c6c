# mypy reads this instead of the stubs peewee installs: those type a query as its model class,
# which is not what iterating `.tuples()`, `.dicts()` or a raw cursor gives, nor aware of the
# implicit `id` key and the `<name>_id` attributes of foreign keys. The store treats peewee as
# untyped; its own functions are typed.
from typing import Any

def __getattr__(name: str) -> Any: ...
