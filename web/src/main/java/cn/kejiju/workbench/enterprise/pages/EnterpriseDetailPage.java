package cn.kejiju.workbench.enterprise.pages;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseKind;
import cn.kejiju.workbench.enterprise.EnterpriseService;
import cn.kejiju.workbench.enterprise.HighTechCertificate;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.PhoneNumber;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The enterprise 360 view ({@code detail.xhtml?id=…}): its master data first; every programme that
 * deals with the enterprise adds its own panel below. From here a clerk edits or deletes it.
 */
@Named
@ViewScoped
public class EnterpriseDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    EnterpriseService enterpriseService;

    @Inject
    PageMessages messages;

    private Long id;
    private Details details;

    /**
     * Loads the enterprise named by {@code ?id=}; one that does not exist or that the caller may not see
     * (another county's) answers 404, the two never told apart.
     */
    public void load() {
        if (id == null) {
            IdParameter.notFound();
            return;
        }
        try {
            details = new Details(enterpriseService.get(id), enterpriseService.today());
        } catch (NotFoundException e) {
            IdParameter.notFound();
        }
    }

    /** Deletes the enterprise and returns to the list; while other records refer to it, it stays. */
    public String delete() {
        try {
            enterpriseService.delete(id, details.getVersion());
            messages.flashInfo("enterprise.detail.deleted", details.getName());
            return "/enterprise/list?faces-redirect=true";
        } catch (DomainException e) {
            messages.show(e, null);
        } catch (EJBException e) {
            messages.show(PageMessages.domainCause(e).orElseThrow(() -> e), null);
        }
        return null;
    }

    /** The {@code ?id=} of the address; one that is not a number names no enterprise. */
    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
    }

    /** The enterprise's master data, or {@code null} when the address names none. */
    public Details getDetails() {
        return details;
    }

    /**
     * The master data as shown: the contact phone whole, dates formatted (the last update in the
     * bureau's local time, as stored), high-tech status as of today.
     */
    public static final class Details implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final long version;
        private final String creditCode;
        private final String name;
        private final EnterpriseKind kind;
        private final String industry;
        private final String county;
        private final String township;
        private final String address;
        private final String contactName;
        private final String contactPhone;
        private final String highTechCertificateNo;
        private final String highTechValidUntil;
        private final boolean highTechValid;
        private final Integer smeRegisteredYear;
        private final String updatedAt;

        Details(Enterprise enterprise, LocalDate today) {
            this.id = enterprise.getId();
            this.version = enterprise.getVersion();
            this.creditCode = enterprise.getCreditCode().value();
            this.name = enterprise.getName();
            this.kind = enterprise.getKind();
            this.industry = enterprise.getIndustry();
            this.county = enterprise.getCounty().getName();
            this.township = enterprise.getTownship().getName();
            this.address = enterprise.getAddress();
            this.contactName = enterprise.getContactName();
            this.contactPhone = enterprise.contactPhone().map(PhoneNumber::value).orElse(null);
            this.highTechCertificateNo = enterprise.highTech().map(HighTechCertificate::number).orElse(null);
            this.highTechValidUntil = enterprise.highTech().map(c -> DAY.format(c.validUntil())).orElse(null);
            this.highTechValid = enterprise.isHighTechOn(today);
            this.smeRegisteredYear = enterprise.smeRegisteredYear().orElse(null);
            this.updatedAt = MOMENT.format(enterprise.getUpdatedAt());
        }

        public long getId() {
            return id;
        }

        public long getVersion() {
            return version;
        }

        public String getCreditCode() {
            return creditCode;
        }

        public String getName() {
            return name;
        }

        public EnterpriseKind getKind() {
            return kind;
        }

        public String getIndustry() {
            return industry;
        }

        public String getCounty() {
            return county;
        }

        public String getTownship() {
            return township;
        }

        public String getAddress() {
            return address;
        }

        public String getContactName() {
            return contactName;
        }

        /** Whole: this page is where the number is needed. */
        public String getContactPhone() {
            return contactPhone;
        }

        public boolean isHighTech() {
            return highTechCertificateNo != null;
        }

        public String getHighTechCertificateNo() {
            return highTechCertificateNo;
        }

        public String getHighTechValidUntil() {
            return highTechValidUntil;
        }

        /** The certificate is valid today. */
        public boolean isHighTechValid() {
            return highTechValid;
        }

        public Integer getSmeRegisteredYear() {
            return smeRegisteredYear;
        }

        public String getUpdatedAt() {
            return updatedAt;
        }
    }
}
