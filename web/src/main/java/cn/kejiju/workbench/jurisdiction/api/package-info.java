/** Administrative divisions (行政区划) over the API. */
package cn.kejiju.workbench.jurisdiction.api;
