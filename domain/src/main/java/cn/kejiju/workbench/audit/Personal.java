package cn.kejiju.workbench.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that holds personal information: {@link RecordDiffer} writes its values
 * to the audit trail only masked, the way {@link PersonalData#mask} masks that kind of value.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Personal {

    PersonalData.Kind value();
}
