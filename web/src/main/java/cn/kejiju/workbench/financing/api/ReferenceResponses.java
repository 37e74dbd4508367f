package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.financing.ClassificationBands;
import cn.kejiju.workbench.financing.EnterpriseLink;
import cn.kejiju.workbench.financing.FinancingSettings;
import cn.kejiju.workbench.financing.Product;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The financing module's reference data as the API shows it: products, the limits' settings, related parties. */
public final class ReferenceResponses {

    private ReferenceResponses() {
    }

    /** The financing products. */
    @Schema(name = "FinancingProductList")
    public record Products(List<ProductItem> items) {

        static Products of(List<Product> products) {
            return new Products(products.stream().map(ProductItem::of).toList());
        }
    }

    /**
     * A product; inactive ones are kept for old applications only. {@code code} is its id; {@code version} is sent
     * back to change it.
     */
    @Schema(name = "FinancingProductItem")
    public record ProductItem(String code, String name, int sortOrder, boolean active, long version) {

        static ProductItem of(Product p) {
            return new ProductItem(p.getCode(), p.getName(), p.getSortOrder(), p.isActive(), p.getVersion());
        }
    }

    /** The limits' numbers. */
    @Schema(name = "FinancingSettings")
    public record Settings(long version, int standardMultiple, int smallMicroMultiple,
                    String standardSinglePercent, String smallMicroSinglePercent, RoundingMode roundingMode,
                    int specialMentionFrom, int substandardFrom, int doubtfulFrom, int lossFrom) {

        static Settings of(FinancingSettings s) {
            ClassificationBands bands = s.bands();
            return new Settings(s.getVersion(), s.getStandardMultiple(), s.getSmallMicroMultiple(),
                    s.getStandardSinglePercent().toPlainString(), s.getSmallMicroSinglePercent().toPlainString(),
                    s.getRoundingMode(), bands.specialMentionFrom(), bands.substandardFrom(), bands.doubtfulFrom(),
                    bands.lossFrom());
        }
    }

    /** New limits' numbers. */
    @Schema(name = "FinancingSettingsRequest")
    public static class SettingsRequest {

        @NotNull
        public Long version;

        @NotNull
        public Integer standardMultiple;

        @NotNull
        public Integer smallMicroMultiple;

        @Schema(type = SchemaType.STRING, example = "10")
        @NotNull
        public BigDecimal standardSinglePercent;

        @Schema(type = SchemaType.STRING, example = "15")
        @NotNull
        public BigDecimal smallMicroSinglePercent;

        @Schema(description = "The rounding mode of new loans' instalment tables (HALF_UP, HALF_EVEN, HALF_DOWN, UP, "
                + "DOWN); unchanged when absent", example = "HALF_UP")
        public RoundingMode roundingMode;

        @Schema(description = "Days past due from which a loan is 关注 (with the next three: all or none)", example = "1")
        public Integer specialMentionFrom;

        @Schema(description = "Days past due from which a loan is 次级", example = "91")
        public Integer substandardFrom;

        @Schema(description = "Days past due from which a loan is 可疑", example = "181")
        public Integer doubtfulFrom;

        @Schema(description = "Days past due from which a loan is 损失", example = "361")
        public Integer lossFrom;

        ClassificationBands bands() {
            if (specialMentionFrom == null && substandardFrom == null && doubtfulFrom == null && lossFrom == null) {
                return null;
            }
            return new ClassificationBands(days(specialMentionFrom, "specialMentionFrom"),
                    days(substandardFrom, "substandardFrom"), days(doubtfulFrom, "doubtfulFrom"), days(lossFrom, "lossFrom"));
        }

        private static int days(Integer value, String field) {
            if (value == null) {
                throw new RuleViolationException("field.required", field);
            }
            return value;
        }
    }

    /** A related-party link. */
    @Schema(name = "RelatedPartyLink")
    public record Link(long id, FinancingRef first, FinancingRef second, String relation) {

        static Link of(EnterpriseLink l) {
            return new Link(l.getId(), FinancingRef.of(l.getFirst()), FinancingRef.of(l.getSecond()), l.getRelation());
        }
    }

    /** An enterprise's related-party links. */
    @Schema(name = "RelatedPartyLinkList")
    public record Links(List<Link> items) {
    }

    /** A new related-party link of the enterprise in the path. */
    @Schema(name = "RelatedPartyLinkRequest")
    public static class LinkRequest {

        @Schema(required = true)
        @NotNull
        public Long relatedId;

        @Schema(required = true, example = "同一实际控制人")
        @NotBlank
        @Size(max = EnterpriseLink.RELATION_MAX)
        public String relation;
    }
}
