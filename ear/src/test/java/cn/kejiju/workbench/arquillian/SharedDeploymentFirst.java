package cn.kejiju.workbench.arquillian;

import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.lang.reflect.Method;
import java.util.Comparator;

/**
 * Runs the test classes that talk to the application over HTTP ({@code @Deployment(testable = false)}) first and
 * those that run inside the server after them, each group by name, so that the classes sharing the application
 * as built ({@link SharedDeployment}) follow one another and it is deployed once for them rather than again after
 * every class of the other kind. Set as the default class order in {@code junit-platform.properties}.
 */
public class SharedDeploymentFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(SharedDeploymentFirst::runsInsideTheServer)
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    private static boolean runsInsideTheServer(ClassDescriptor descriptor) {
        for (Method method : descriptor.getTestClass().getDeclaredMethods()) {
            Deployment deployment = method.getAnnotation(Deployment.class);
            if (deployment != null) {
                return deployment.testable();
            }
        }
        return true;
    }
}
