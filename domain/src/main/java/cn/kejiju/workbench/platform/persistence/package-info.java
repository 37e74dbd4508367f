/**
 * What the persistence unit adds to its provider, named only in {@code persistence.xml} properties: the
 * strict-fetch check, which finds associations loaded after the transaction that read their owner.
 */
package cn.kejiju.workbench.platform.persistence;
