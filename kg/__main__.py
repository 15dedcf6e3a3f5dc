"""``python -m kg`` is the ``kg`` command."""
import sys

from kg.cli import main

if __name__ == "__main__":  # importing it (a doctest collector does) runs nothing
    sys.exit(main())
