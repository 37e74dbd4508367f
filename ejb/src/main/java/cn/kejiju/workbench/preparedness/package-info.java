/**
 * The services of the earthquake-preparedness campaigns: campaigns and their progress, publicity events and
 * their approval, and the counties' material stocks (receipts, issues, loans and returns under a row lock).
 */
package cn.kejiju.workbench.preparedness;
