package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.enterprise.CreditCode;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseKind;
import cn.kejiju.workbench.enterprise.EnterpriseProfile;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.PhoneNumber;
import cn.kejiju.workbench.shared.ResidentId;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** A small county with villages, a cooperative and commissioners, for the domain tests; today is 2026-06-30. */
final class Fixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final AtomicLong IDS = new AtomicLong(1);

    final Jurisdiction city = withId(Jurisdiction.city("359900000000", "江州市"));
    final Jurisdiction county = withId(Jurisdiction.under(city, "359921000000", "临江县"));
    final Jurisdiction otherCounty = withId(Jurisdiction.under(city, "359922000000", "云岭县"));
    final Jurisdiction township = withId(Jurisdiction.under(county, "359921101000", "城关镇"));
    final Jurisdiction village = withId(Jurisdiction.under(township, "359921101201", "东坑村"));
    final Jurisdiction otherVillage = withId(Jurisdiction.under(township, "359921101202", "西坑村"));
    final Jurisdiction thirdVillage = withId(Jurisdiction.under(township, "359921101203", "南坑村"));
    final Jurisdiction foreignTownship = withId(Jurisdiction.under(otherCounty, "359922101000", "茶山镇"));
    final Jurisdiction foreignVillage = withId(Jurisdiction.under(foreignTownship, "359922101201", "茶园村"));
    final Enterprise cooperative = withId(new Enterprise(cooperativeCode(), new EnterpriseProfile("东坑茶叶专业合作社",
            EnterpriseKind.COOPERATIVE, "农业", township, null, null, null, null, null), CLOCK));
    final CommissionerSettings settings = CommissionerSettings.defaults();

    static CreditCode cooperativeCode() {
        String head = "93350100MA0000001";
        return CreditCode.of(head + CreditCode.checkCharacter(head));
    }

    static <T> T withId(T entity) {
        try {
            Field id = entity.getClass().getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, IDS.getAndIncrement());
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid resident ID number of a man born on the given day, with the given sequence. */
    static String residentId(LocalDate born, int sequence) {
        String head = "350121" + born.toString().replace("-", "") + String.format("%03d", sequence);
        return head + ResidentId.checkCharacter(head);
    }

    CommissionerProfile individual(String name) {
        return new CommissionerProfile(county, name, Gender.MALE,
                ResidentId.of(residentId(LocalDate.of(1980, 5, 1), 11), "residentId"), PhoneNumber.of("13912345678"),
                null, "江州农业科学研究院", EmployerCategory.INSTITUTE, ProfessionalTitle.ASSOCIATE_SENIOR,
                List.of("茶叶栽培", "病虫害防治"), CommissionerKind.INDIVIDUAL, List.of(), ServiceField.AGRICULTURE,
                DispatchLevel.COUNTY, LocalDate.of(2026, 3, 1));
    }

    Commissioner commissioner(String name) {
        return withId(new Commissioner(individual(name), settings, CLOCK));
    }

    Assignment assignment(Commissioner commissioner, Jurisdiction where, LocalDate start, LocalDate end,
                          List<Assignment> others) {
        return withId(Assignment.open(commissioner, ServiceTarget.village(where), start, end, "推广茶叶绿色防控技术",
                others, settings, CLOCK));
    }

    Innovation variety(String name) {
        return withId(new Innovation(county, InnovationKind.VARIETY, name));
    }

    Innovation technology(String name) {
        return withId(new Innovation(county, InnovationKind.TECHNOLOGY, name));
    }

    static LogContent content(LocalDate day, ServiceKind kind, String days, int people, List<Innovation> items) {
        return new LogContent(day, kind, new BigDecimal(days), people, 0, new BigDecimal("1.5"), "现场指导茶园管理", items);
    }
}
