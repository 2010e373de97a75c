package io.negotiationtracker.notifier.webhooks;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/** The system resolver, unless another {@link HostResolver} bean is registered (tests: a name that rebinds). */
@Factory
class HostResolverFactory {
    @Singleton
    @Secondary
    HostResolver systemResolver() {
        return HostResolver.SYSTEM;
    }
}
