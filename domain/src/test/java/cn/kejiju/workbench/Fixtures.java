package cn.kejiju.workbench;

import cn.kejiju.workbench.commissioner.Assignment;
import cn.kejiju.workbench.commissioner.Commissioner;
import cn.kejiju.workbench.commissioner.CommissionerKind;
import cn.kejiju.workbench.commissioner.CommissionerProfile;
import cn.kejiju.workbench.commissioner.CommissionerSettings;
import cn.kejiju.workbench.commissioner.DispatchLevel;
import cn.kejiju.workbench.commissioner.EmployerCategory;
import cn.kejiju.workbench.commissioner.Gender;
import cn.kejiju.workbench.commissioner.ProfessionalTitle;
import cn.kejiju.workbench.commissioner.ServiceField;
import cn.kejiju.workbench.commissioner.ServiceTarget;
import cn.kejiju.workbench.enterprise.CreditCode;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseKind;
import cn.kejiju.workbench.enterprise.EnterpriseProfile;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.PhoneNumber;
import cn.kejiju.workbench.shared.ResidentId;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small county with villages, a cooperative, an enterprise and commissioners, for plain unit tests;
 * today is 2026-06-30 in the bureau's time zone. Every entity gets an id, as if it had been stored.
 */
public final class Fixtures {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final AtomicLong IDS = new AtomicLong(1);

    public final Jurisdiction city = withId(Jurisdiction.city("359900000000", "江州市"));
    public final Jurisdiction county = withId(Jurisdiction.under(city, "359921000000", "临江县"));
    public final Jurisdiction otherCounty = withId(Jurisdiction.under(city, "359922000000", "云岭县"));
    public final Jurisdiction township = withId(Jurisdiction.under(county, "359921101000", "城关镇"));
    public final Jurisdiction village = withId(Jurisdiction.under(township, "359921101201", "东坑村"));
    public final Jurisdiction otherVillage = withId(Jurisdiction.under(township, "359921101202", "西坑村"));
    public final Jurisdiction foreignTownship = withId(Jurisdiction.under(otherCounty, "359922101000", "茶山镇"));
    public final Jurisdiction foreignVillage = withId(Jurisdiction.under(foreignTownship, "359922101201", "茶园村"));
    public final CommissionerSettings settings = CommissionerSettings.defaults();
    public final Enterprise cooperative = withId(new Enterprise(creditCode("93350100MA0000001"),
            new EnterpriseProfile("东坑茶叶专业合作社", EnterpriseKind.COOPERATIVE, "农业", township, null, null, null, null,
                    null), CLOCK));
    public final Enterprise company = withId(new Enterprise(creditCode("91350100MA0000002"),
            new EnterpriseProfile("临江蓝光电子有限公司", EnterpriseKind.ENTERPRISE, "电子", township, "城关镇1号", "王芳",
                    PhoneNumber.of("13912345678"), null, null), CLOCK));
    public final Enterprise foreignCooperative = withId(new Enterprise(creditCode("93350100MA0000003"),
            new EnterpriseProfile("茶山合作社", EnterpriseKind.COOPERATIVE, "农业", foreignTownship, null, null, null, null,
                    null), CLOCK));

    public static CreditCode creditCode(String head) {
        return CreditCode.of(head + CreditCode.checkCharacter(head));
    }

    public static <T> T withId(T entity) {
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
    public static String residentId(LocalDate born, int sequence) {
        String head = "350121" + born.toString().replace("-", "") + String.format("%03d", sequence);
        return head + ResidentId.checkCharacter(head);
    }

    public CommissionerProfile individual(String name) {
        return new CommissionerProfile(county, name, Gender.MALE,
                ResidentId.of(residentId(LocalDate.of(1980, 5, 1), 11), "residentId"), PhoneNumber.of("13912345678"),
                null, "江州农业科学研究院", EmployerCategory.INSTITUTE, ProfessionalTitle.ASSOCIATE_SENIOR,
                List.of("茶叶栽培", "病虫害防治"), CommissionerKind.INDIVIDUAL, List.of(), ServiceField.AGRICULTURE,
                DispatchLevel.COUNTY, LocalDate.of(2026, 3, 1));
    }

    public Commissioner commissioner(String name) {
        return withId(new Commissioner(individual(name), settings, CLOCK));
    }

    /** An assignment of the commissioner to a village of the county, from {@code start} to {@code end}. */
    public Assignment assignment(Commissioner commissioner, Jurisdiction where, LocalDate start, LocalDate end) {
        return withId(Assignment.open(commissioner, ServiceTarget.village(where), start, end, "推广茶叶绿色防控技术",
                List.of(), settings, CLOCK));
    }
}
