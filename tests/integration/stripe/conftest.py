"""Fixtures of the Stripe integration tests (helpers live in stripe_world.py)."""

from tests.integration.stripe.stripe_world import world

__all__ = ["world"]
