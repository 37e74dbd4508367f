package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.TargetKind;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseFilter;
import cn.kejiju.workbench.enterprise.EnterpriseKind;
import cn.kejiju.workbench.enterprise.EnterpriseService;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.platform.EveryPage;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The choices the commissioner forms offer from the master data, as the caller may see them: counties,
 * villages (grouped by township) and organisations (grouped by county), each with its id as the value.
 */
@Dependent
public class MasterDataOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JurisdictionService jurisdictionService;

    @Inject
    EnterpriseService enterpriseService;

    /** The counties the caller sees: every county for a city user, the own one for a county user. */
    public List<SelectItem> counties() {
        return jurisdictionService.list(null, JurisdictionLevel.COUNTY).stream()
                .map(county -> new SelectItem(county.getId(), county.getName())).toList();
    }

    /** The villages (村/社区) the caller sees, grouped by county and township. */
    public List<SelectItem> villages() {
        Map<String, List<SelectItem>> byTownship = new LinkedHashMap<>();
        for (Jurisdiction village : jurisdictionService.list(null, JurisdictionLevel.VILLAGE)) {
            Jurisdiction township = village.getParent();
            String group = township.county().getName() + " / " + township.getName();
            byTownship.computeIfAbsent(group, g -> new ArrayList<>()).add(new SelectItem(village.getId(), village.getName()));
        }
        return grouped(byTownship);
    }

    /** The cooperatives the caller sees, grouped by county. */
    public List<SelectItem> cooperatives() {
        return organisations(e -> e.getKind() == EnterpriseKind.COOPERATIVE);
    }

    /** The organisations other than cooperatives (enterprises, institutions, universities, institutes). */
    public List<SelectItem> enterprises() {
        return organisations(e -> e.getKind() != EnterpriseKind.COOPERATIVE);
    }

    /** Every organisation the caller sees, grouped by county: the employers a commissioner may come from. */
    public List<SelectItem> organisations() {
        return organisations(e -> true);
    }

    /** The choices for a service target of the given kind (none without a kind). */
    public List<SelectItem> targets(TargetKind kind) {
        if (kind == null) {
            return List.of();
        }
        return switch (kind) {
            case VILLAGE -> villages();
            case COOPERATIVE -> cooperatives();
            case ENTERPRISE -> enterprises();
        };
    }

    private List<SelectItem> organisations(Predicate<Enterprise> wanted) {
        Map<String, List<SelectItem>> byCounty = new LinkedHashMap<>();
        EnterpriseFilter all = new EnterpriseFilter(null, null, null, null, null, null);
        EveryPage.all("name", true, request -> enterpriseService.list(all, request)).stream().filter(wanted)
                .forEach(e -> byCounty.computeIfAbsent(e.getCounty().getName(), c -> new ArrayList<>())
                        .add(new SelectItem(e.getId(), e.getName())));
        return grouped(byCounty);
    }

    private static List<SelectItem> grouped(Map<String, List<SelectItem>> groups) {
        List<SelectItem> options = new ArrayList<>();
        groups.forEach((label, items) -> options.add(new SelectItemGroup(label, null, false, items)));
        return options;
    }
}
