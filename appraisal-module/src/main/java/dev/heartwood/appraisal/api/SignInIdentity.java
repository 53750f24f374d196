package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.PersonalText;

/**
 * Who a person is to the identity provider: its stable subject ({@code oid} for Microsoft Entra ID, {@code sub}
 * otherwise) under its issuer, or a user name of the local mode. Unlike an e-mail address it is not a field of the
 * directory, so no edit of a staff record can change whom the record belongs to.
 *
 * @param subject the provider's identifier of the person: personal data, typed so that it can be encrypted
 */
public record SignInIdentity(String issuer, PersonalText subject) {
}
