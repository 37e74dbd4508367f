/** What guards the API beyond authentication: writes only with a read-write token, and the token rate limit. */
package cn.kejiju.workbench.security.api;
