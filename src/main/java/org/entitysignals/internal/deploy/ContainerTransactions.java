package org.entitysignals.internal.deploy;

import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.reflect.Method;

/**
 * Whether the CDI container runs transactional observers in their transaction phase. Weld does so only when its
 * integration gives it {@code TransactionServices} (WildFly, Payara, and any container with JTA); Weld SE has none,
 * and notifies an {@code AFTER_SUCCESS} observer at once, before the commit, even of a transaction later rolled
 * back. Read through reflection, so that the library needs no Weld classes: on a container that is not Weld, or if
 * the services cannot be read, the container is trusted (nothing changes).
 */
final class ContainerTransactions {

    private static final String TRANSACTION_SERVICES = "org.jboss.weld.transaction.spi.TransactionServices";

    private ContainerTransactions() {
    }

    /** {@code false} only for a Weld container without transaction services. */
    static boolean integrated(BeanManager beanManager) {
        try {
            Method getServices = beanManager.getClass().getMethod("getServices");
            Object services = getServices.invoke(beanManager);
            Class<?> transactionServices = Class.forName(TRANSACTION_SERVICES, false,
                    services.getClass().getClassLoader());
            Method contains = services.getClass().getMethod("contains", Class.class);
            return (Boolean) contains.invoke(services, transactionServices);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError notWeld) {
            return true;
        }
    }
}
