package cn.kejiju.workbench.platform.persistence;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import org.eclipse.persistence.descriptors.RelationalDescriptor;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.OneToOneMapping;
import org.eclipse.persistence.queries.DataReadQuery;
import org.eclipse.persistence.queries.ReadAllQuery;
import org.eclipse.persistence.queries.ReadObjectQuery;
import org.junit.jupiter.api.Test;

import java.util.HashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which queries the strict-fetch check counts as lazy loads. */
class StrictFetchTest {

    private static RelationalDescriptor descriptor(Class<?> type) {
        RelationalDescriptor descriptor = new RelationalDescriptor();
        descriptor.setJavaClass(type);
        return descriptor;
    }

    @Test
    void theSelectionQueryOfALazyAssociationNamesEntityAndAttribute() {
        OneToOneMapping township = new OneToOneMapping();
        township.setAttributeName("township");
        township.setDescriptor(descriptor(Enterprise.class));
        township.setIsLazy(true);
        ReadObjectQuery load = new ReadObjectQuery(Jurisdiction.class);
        load.setSourceMapping(township);

        assertEquals("Enterprise.township", StrictFetch.lazyLoad(load));
    }

    @Test
    void anEagerAssociationIsPartOfReadingItsOwner() {
        DirectCollectionMapping roles = new DirectCollectionMapping();
        roles.setAttributeName("roles");
        roles.setDescriptor(descriptor(Enterprise.class));
        roles.setIsLazy(false);
        DataReadQuery load = new DataReadQuery();
        load.setSourceMapping(roles);

        assertNull(StrictFetch.lazyLoad(load));
    }

    @Test
    void aBatchQueryIsALazyLoadOfItsEntity() {
        ReadAllQuery batch = new ReadAllQuery(Jurisdiction.class);
        batch.setBatchObjects(new HashMap<>());

        assertEquals("(batch of Jurisdiction)", StrictFetch.lazyLoad(batch));
    }

    @Test
    void anOrdinaryQueryIsNoLazyLoad() {
        assertNull(StrictFetch.lazyLoad(new ReadAllQuery(Enterprise.class)));
        assertNull(StrictFetch.lazyLoad(null));
    }
}
