/**
 * Earthquake-preparedness campaigns (防震减灾宣传): campaigns with their goals, the publicity events held
 * in townships, and the county's stock of publicity materials issued or lent to those events.
 */
package cn.kejiju.workbench.preparedness;
