/**
 * Field encryption at rest: envelope encryption with Google Tink, each value bound to its record and field, keys from
 * the environment with ids and rotation (docs/adr/0012-envelope-encryption-with-tink.md).
 */
package waypoint.shared.crypto;
