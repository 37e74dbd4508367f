package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;

/** The date rules with the server's clock half a minute before midnight: the bureau's yesterday, 23:59:30. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DayBoundaryBeforeMidnightIT extends DayBoundaryApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return clockFixedAt(Deployments.ear(), lastMinuteOfYesterday());
    }

    @Override
    LocalDate serversToday() {
        return BureauClock.today().minusDays(1);
    }
}
