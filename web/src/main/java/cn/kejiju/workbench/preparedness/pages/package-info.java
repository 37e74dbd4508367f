/** The pages of the earthquake-preparedness campaigns: campaigns, events with their materials, the stock. */
package cn.kejiju.workbench.preparedness.pages;
