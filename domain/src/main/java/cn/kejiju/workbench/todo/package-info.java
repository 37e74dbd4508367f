/**
 * The to-do list (待办): one list per user of what needs their attention, fed by every module. An
 * item belongs to a record of a module (kind, record type and id), is addressed to a role in a county
 * (or, without a county, to the city), names a message key with its arguments and a link to the
 * record, and stays open until the module resolves it. At most one item per kind and record is open.
 */
package cn.kejiju.workbench.todo;
