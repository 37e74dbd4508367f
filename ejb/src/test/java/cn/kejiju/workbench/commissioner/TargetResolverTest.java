package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.Stubs;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseRepository;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionRepository;
import cn.kejiju.workbench.security.Caller;
import cn.kejiju.workbench.security.Callers;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A target as entered becomes a village or an organisation the caller may see; anything else is "unknown". */
class TargetResolverTest {

    private final Fixtures f = new Fixtures();

    private TargetResolver resolver(Caller caller) {
        List<Jurisdiction> places = List.of(f.city, f.county, f.township, f.village, f.foreignVillage);
        List<Enterprise> organisations = List.of(f.cooperative, f.company, f.foreignCooperative);
        TargetResolver resolver = new TargetResolver();
        resolver.jurisdictions = Stubs.of(JurisdictionRepository.class, new ArrayList<>(), Map.of("find",
                args -> places.stream().filter(j -> j.getId().equals(args[0])).findFirst()));
        resolver.enterprises = Stubs.of(EnterpriseRepository.class, new ArrayList<>(), Map.of("find",
                args -> organisations.stream().filter(e -> e.getId().equals(args[0])).findFirst()));
        resolver.caller = caller;
        return resolver;
    }

    private static void assertUnknown(Runnable resolving) {
        RuleViolationException refused = assertThrows(RuleViolationException.class, resolving::run);
        assertEquals("target.unknown", refused.messageKey());
        assertEquals("targetId", refused.field());
    }

    @Test
    void aVillageOfTheCallersCountyIsAVillageTarget() {
        ServiceTarget target = resolver(Callers.of(f.county)).resolve(TargetKind.VILLAGE, f.village.getId());

        assertEquals(TargetKind.VILLAGE, target.getKind());
        assertEquals(f.village.getId(), target.getId());
        assertEquals("东坑村", target.getName());
    }

    @Test
    void aCooperativeAndAnEnterpriseAreResolvedOnlyUnderTheirOwnKind() {
        TargetResolver resolver = resolver(Callers.of(f.county));

        assertEquals(f.cooperative.getId(), resolver.resolve(TargetKind.COOPERATIVE, f.cooperative.getId()).getId());
        assertEquals(f.company.getId(), resolver.resolve(TargetKind.ENTERPRISE, f.company.getId()).getId());
        assertUnknown(() -> resolver.resolve(TargetKind.ENTERPRISE, f.cooperative.getId()));
        assertUnknown(() -> resolver.resolve(TargetKind.COOPERATIVE, f.company.getId()));
    }

    @Test
    void aDivisionThatIsNotAVillageIsUnknown() {
        TargetResolver resolver = resolver(Callers.city());

        Stream.of(f.city, f.county, f.township)
                .forEach(place -> assertUnknown(() -> resolver.resolve(TargetKind.VILLAGE, place.getId())));
    }

    @Test
    void aTargetOfAnotherCountyIsRefusedExactlyLikeOneThatDoesNotExist() {
        TargetResolver resolver = resolver(Callers.of(f.county));

        assertUnknown(() -> resolver.resolve(TargetKind.VILLAGE, f.foreignVillage.getId()));
        assertUnknown(() -> resolver.resolve(TargetKind.COOPERATIVE, f.foreignCooperative.getId()));
        assertUnknown(() -> resolver.resolve(TargetKind.VILLAGE, 99_999L));
    }

    @Test
    void aCityCallerResolvesTargetsOfEveryCounty() {
        TargetResolver resolver = resolver(Callers.city());

        assertEquals(f.foreignVillage.getId(), resolver.resolve(TargetKind.VILLAGE, f.foreignVillage.getId()).getId());
        assertEquals(f.foreignCooperative.getId(),
                resolver.resolve(TargetKind.COOPERATIVE, f.foreignCooperative.getId()).getId());
    }

    @Test
    void aMissingKindOrIdIsRequiredOnItsField() {
        TargetResolver resolver = resolver(Callers.city());

        RuleViolationException noKind = assertThrows(RuleViolationException.class, () -> resolver.resolve(null, 1L));
        RuleViolationException noId = assertThrows(RuleViolationException.class,
                () -> resolver.resolve(TargetKind.VILLAGE, null));

        assertEquals(List.of("field.required", "targetKind"), List.of(noKind.messageKey(), noKind.field()));
        assertEquals(List.of("field.required", "targetId"), List.of(noId.messageKey(), noId.field()));
    }
}
