/** The REST API of the earthquake-preparedness campaigns: campaigns, events, material stocks and movements. */
package cn.kejiju.workbench.preparedness.api;
