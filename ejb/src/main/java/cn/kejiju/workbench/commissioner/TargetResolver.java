package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.enterprise.EnterpriseKind;
import cn.kejiju.workbench.enterprise.EnterpriseRepository;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionRepository;
import cn.kejiju.workbench.security.Caller;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Turns a target as entered (kind and id) into a {@link ServiceTarget}: a village from the
 * jurisdictions, a cooperative or an enterprise from the master data, visible to the caller. A
 * target the caller may not see is refused exactly like one that does not exist.
 */
@Dependent
public class TargetResolver {

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    Caller caller;

    public ServiceTarget resolve(TargetKind kind, Long id) {
        if (kind == null) {
            throw new RuleViolationException("field.required", "targetKind");
        }
        if (id == null) {
            throw new RuleViolationException("field.required", "targetId");
        }
        RuleViolationException unknown = new RuleViolationException("target.unknown", "targetId", id);
        if (kind == TargetKind.VILLAGE) {
            return jurisdictions.find(id)
                    .filter(village -> village.getLevel() == JurisdictionLevel.VILLAGE && caller.sees(village.county()))
                    .map(ServiceTarget::village)
                    .orElseThrow(() -> unknown);
        }
        return enterprises.find(id)
                .filter(organisation -> caller.sees(organisation.getCounty()))
                .filter(organisation -> (organisation.getKind() == EnterpriseKind.COOPERATIVE) == (kind == TargetKind.COOPERATIVE))
                .map(ServiceTarget::organisation)
                .orElseThrow(() -> unknown);
    }
}
