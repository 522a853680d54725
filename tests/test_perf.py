import gc

import pytest

from kg.perf import gc_paused


def test_gc_runs_again_after_an_error_in_the_block():
    with pytest.raises(ValueError), gc_paused():
        assert not gc.isenabled()
        raise ValueError
    assert gc.isenabled()


def test_gc_paused_elsewhere_stays_paused():
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
