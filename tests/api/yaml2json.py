#!/usr/bin/env python3
"""Converts api/openapi.yaml to JSON for the tests (build step of tests/api).

Stricter than a plain yaml.safe_load: a duplicated key is an error (YAML would keep the last
one silently), dates and times stay strings (OpenAPI examples are JSON data, and JSON has no
date type), and keys must be strings or integers (status codes, written as strings in JSON).

usage: yaml2json.py INPUT.yaml OUTPUT.json
"""

import json
import os
import sys

import yaml


class StrictLoader(yaml.SafeLoader):
    pass


# Without the timestamp resolver, 2026-12-01 stays the string it is in JSON.
StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def construct_mapping(loader, node, deep=False):
    loader.flatten_mapping(node)  # applies "<<" merge keys
    result = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if isinstance(key, bool) or not isinstance(key, (str, int)):
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} is not a string", key_node.start_mark)
        key = str(key)
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        result[key] = loader.construct_object(value_node, deep=deep)
    return result


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    source, target = sys.argv[1], sys.argv[2]
    try:
        with open(source, encoding="utf-8") as f:
            document = yaml.load(f, Loader=StrictLoader)
        text = json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False)
    except (OSError, yaml.YAMLError, ValueError) as error:
        sys.stderr.write(f"{source}: {error}\n")
        return 1
    os.makedirs(os.path.dirname(os.path.abspath(target)), exist_ok=True)
    temporary = target + ".tmp"
    with open(temporary, "w", encoding="utf-8") as f:
        f.write(text + "\n")
    os.replace(temporary, target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
